select * from report_returns order by collection_year, provider_name, ukprn
