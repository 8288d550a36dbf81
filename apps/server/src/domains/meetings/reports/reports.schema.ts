/** Request schemas of the meeting reports (M10) and the organizer's satisfaction survey: the meetings contract's. */
export {
  meetingDailyQuery as dailyQuery,
  meetingWeeklyQuery as weeklyQuery,
  meetingMonthlyQuery as monthlyQuery,
  surveyAnswerBody as surveyBody,
} from '@hy/contracts';
