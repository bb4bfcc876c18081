import type { FeedbackRepository } from '../repositories/feedbackRepository'

export const satisfactionLevels = [
  'very-satisfied',
  'satisfied',
  'neither',
  'dissatisfied',
  'very-dissatisfied',
] as const

export type Satisfaction = (typeof satisfactionLevels)[number]

export interface Feedback {
  satisfaction: Satisfaction
  improvements: string
  /** The service page the person was on when they chose to give feedback. */
  page?: string | undefined
}

export class FeedbackService {
  constructor(private readonly feedback: FeedbackRepository) {}

  async submit(feedback: Feedback): Promise<void> {
    await this.feedback.add({
      satisfaction: feedback.satisfaction,
      improvements: feedback.improvements === '' ? null : feedback.improvements,
      page: feedback.page ?? null,
    })
  }
}
