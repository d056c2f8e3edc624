select * from report_progression_checkins order by leave_year, ukprn nulls first, days_after_leaving
