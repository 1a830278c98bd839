// @citation-js/core ships no types; this declares the one call the site makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown)
    format(kind: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string
  }
}
declare module '@citation-js/plugin-csl'
