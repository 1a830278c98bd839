/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // Every address ends in a slash (/articles/x/), served as x/index.html by any static host.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
}

export default nextConfig
