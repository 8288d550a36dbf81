/** Request schemas of supervision (S9): the cases contract's report queries (?format=xlsx for a workbook) and sign-offs. */
export {
  supervisionDailyQuery as dailyQuery,
  supervisionDailySignBody as signDailyBody,
  casesWeeklyQuery as weeklyQuery,
  reportMonthQuery as monthQuery,
  supervisionMonthlySignBody as signMonthlyBody,
  complaintAnalysisBody as analysisBody,
} from '@hy/contracts';
