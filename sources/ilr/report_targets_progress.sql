select * from report_targets_progress order by ukprn, year, target_order
