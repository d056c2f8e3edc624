select * from report_in_year_position order by collection_year, is_national, provider_name, ukprn, qar_family, qualification_level
