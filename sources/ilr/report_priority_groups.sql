select * from report_priority_groups order by start_year, ukprn nulls first, priority_group, pathway_type
