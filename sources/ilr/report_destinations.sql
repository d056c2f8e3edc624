select * from report_destinations order by leave_year, ukprn nulls first, destination_group
