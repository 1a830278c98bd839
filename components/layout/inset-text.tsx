import type { ReactNode } from 'react'

/**
 * Inset text (GOV.UK pattern): a note set apart from the text around it by a rule on the left, for something the
 * reader should not miss but that is not urgent (urgent advice is a CareCard). Pass `hidden` and data attributes for
 * notes a script shows.
 */
export function InsetText({ children, ...rest }: { children: ReactNode; hidden?: boolean } & Record<`data-${string}`, string>) {
  return (
    <div className="inset-text" {...rest}>
      {children}
    </div>
  )
}
