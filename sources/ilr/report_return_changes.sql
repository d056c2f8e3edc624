select * from report_return_changes order by ukprn, collection_year, later_prepared_on
