import type { Audience, Topic } from './schema'

export const AUDIENCE_LABELS: Record<Audience, string> = {
  'people-considering-treatment': 'People considering treatment',
  families: 'Families',
  'clinic-staff': 'Clinic staff',
}

export const TOPIC_LABELS: Record<Topic, string> = {
  'about-iop': 'What an IOP is',
  effectiveness: 'Does it work?',
  'levels-of-care': 'Levels of care',
  fit: 'Who it fits',
  'co-occurring': 'Mental health and substance use',
  medications: 'Medications',
  'work-and-privacy': 'Work, school and privacy',
  'cost-and-coverage': 'Cost and insurance',
  'during-treatment': 'During treatment',
  telehealth: 'Virtual care',
  'young-people': 'Teens and young adults',
  families: 'Families',
  'after-iop': 'After an IOP',
  choosing: 'Choosing a program',
}
