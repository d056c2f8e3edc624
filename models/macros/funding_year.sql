-- Funding (academic) year of a date: 1 August – 31 July, labelled by its first calendar year
-- (shared/domain/measures.md, "Conventions"): fy(d) = year(d) if month(d) >= 8, else year(d) - 1.
create or replace macro funding_year(d) as year(d) - case when month(d) >= 8 then 0 else 1 end;

-- Age in whole years on 31 August of the funding year of `d` (measures.md, "Age"):
-- date_sub counts complete years elapsed.
create or replace macro age_on_31_august(date_of_birth, d) as
    date_sub('year', date_of_birth, make_date(funding_year(d), 8, 31));
