import { describe, expect, it } from 'vitest'
import { findForbiddenWording } from '@/lib/content/find-forbidden-wording'

describe(findForbiddenWording, () => {
  it.each([
    ['Every addict deserves care.', '"addict"'],
    ['A dirty test is common.', '"dirty"'],
    ['She has been clean for a year.', '"clean"'],
    ['This is a proven program.', '"proven"'],
    ['IOPs are highly effective.', '"highly effective"'],
    ['Studies show that IOPs work.', '"Studies show" without a citation'],
  ])('flags %j', (text, expected) => {
    expect(
      findForbiddenWording(text)
        .map((h) => h.message)
        .join(' '),
    ).toContain(expected)
  })
  it.each([
    'Alcoholics Anonymous meets weekly.',
    'Studies show that IOPs work [@iop-works].',
    'Some sites say IOPs are "proven to work".',
    'A positive test is a sign to adjust care.',
  ])('allows %j', (text) => {
    expect(findForbiddenWording(text)).toEqual([])
  })
  it('names the line of each hit', () => {
    expect(findForbiddenWording('Fine.\nAn abuser.', 10)).toEqual([{ line: 11, message: expect.stringContaining('"abuser"') }])
  })
})
