-- Shared helpers for the report_* models: how a year reads, disclosure control and the Wilson
-- score interval (shared/domain/measures.md, "Disclosure control" and "Comparing a provider with
-- the national rate").

-- A funding year as people write it: 2024 -> '2024/25'.
create or replace macro year_label(y) as
    cast(y as varchar) || '/' || lpad(cast((y + 1) % 100 as varchar), 2, '0');

-- A count below 5 is withheld (shown as `low`): null here, so no small number reaches the site.
create or replace macro suppress_count(n) as case when n >= 5 then n end;

-- A share as a report may show it: withheld when its base is below 5, and when its numerator is a
-- withheld count (1 to 4) — 0.4% of 469 leavers would give back 2 (measures.md, "Disclosure
-- control": a share never reveals a withheld count). A share of none (0) is shown.
create or replace macro disclose_share(share, numerator, base) as
    case when base >= 5 and (numerator = 0 or numerator >= 5) then share end;

-- National and ministerial volumes: withheld below 5, otherwise rounded to the nearest 10.
create or replace macro round_volume(n) as case when n >= 5 then cast(round(n, -1) as integer) end;

-- A count as a report may show it: a national volume rounded (round_volume), a provider's count
-- withheld below 5 (suppress_count).
create or replace macro disclose_count(n, is_national) as
    case when is_national then round_volume(n) else suppress_count(n) end;

-- 95% Wilson score interval for x successes out of n (z = 1.96).
create or replace macro wilson_lower(x, n) as case when n > 0 then
    ((x / n) + 1.96 ^ 2 / (2 * n) - 1.96 * sqrt((x / n) * (1 - x / n) / n + 1.96 ^ 2 / (4 * n ^ 2)))
    / (1 + 1.96 ^ 2 / n) end;
create or replace macro wilson_upper(x, n) as case when n > 0 then
    ((x / n) + 1.96 ^ 2 / (2 * n) + 1.96 * sqrt((x / n) * (1 - x / n) / n + 1.96 ^ 2 / (4 * n ^ 2)))
    / (1 + 1.96 ^ 2 / n) end;

-- The verdict (measures.md, "Comparing a provider with the national rate": one rule on every page):
-- a rate of n leavers against the national rate p, judged by the funnel plot's control limits
-- p ± z·√(p(1 − p)/n): outside z = 3.09 (99.8%) "well", outside z = 1.96 (95%) "significantly"
-- above or below, otherwise in line. No verdict below 5 leavers or without a national rate.
create or replace macro funnel_z(rate, n, p) as
    case when p > 0 and p < 1 and n > 0 then (rate - p) / sqrt(p * (1 - p) / n)
         when rate = p then 0
         else sign(rate - p) * 1e9 end;
create or replace macro funnel_verdict(rate, n, p) as case
    when rate is null or n is null or n < 5 or p is null then null
    when funnel_z(rate, n, p) > 3.09 then 'well above national'
    when funnel_z(rate, n, p) > 1.96 then 'significantly above national'
    when funnel_z(rate, n, p) < -3.09 then 'well below national'
    when funnel_z(rate, n, p) < -1.96 then 'significantly below national'
    else 'in line with national'
end;
-- Verdicts in order of concern, for sorting: well below first, no verdict last.
create or replace macro verdict_rank(verdict) as case verdict
    when 'well below national' then 1
    when 'significantly below national' then 2
    when 'in line with national' then 3
    when 'significantly above national' then 4
    when 'well above national' then 5
    else 6
end;

-- A rate as a sentence reads it: 0.8491 -> '84.9%'.
create or replace macro pct1(rate) as printf('%.1f%%', 100 * rate);

-- A whole number with thousands separators: 12340 -> '12,340'.
create or replace macro num0(n) as format('{:,}', cast(n as bigint));

-- Words, not codes: how a breakdown and its values read on a page (ilr-reference.md's code lists).
create or replace macro breakdown_label(b) as case b
    when 'all' then 'All leavers'
    when 'age_band' then 'Age'
    when 'sex' then 'Sex'
    when 'lldd' then 'Learning difficulty or disability'
    when 'ethnicity_group' then 'Ethnic group'
    when 'funding_model' then 'Funding'
    when 'programme_type' then 'Programme type'
    when 'qualification_level' then 'Qualification level'
    when 'ssa_tier1' then 'Sector subject area'
    else replace(b, '_', ' ')
end;

create or replace macro breakdown_value_label(b, v) as case
    when v = 'all' then 'All'
    when lower(v) = 'unknown' then 'Not known'
    when b = 'age_band' and v = 'under 16' then 'Under 16'
    when b = 'age_band' then v
    when b in ('sex', 'lldd') then upper(v[1]) || v[2:]
    when b = 'qualification_level' and v = 'E' then 'Entry level'
    when b = 'qualification_level' then 'Level ' || v
    when b = 'funding_model' then case v
        when '10' then 'Community learning'
        when '11' then 'Tailored learning'
        when '25' then '16 to 19 funding'
        when '35' then 'Adult skills'
        when '36' then 'Apprenticeships (from May 2017)'
        when '38' then 'Adult Skills Fund'
        when '70' then 'European Social Fund'
        when '81' then 'Other adult'
        when '82' then 'Other 16 to 19'
        when '99' then 'Advanced Learner Loan / no public funding'
        when 'A10 21' then '16 to 18 learner responsive (legacy)'
        when 'A10 22' then 'Adult learner responsive (legacy)'
        when 'A10 45' then 'Employer responsive (legacy)'
        when 'A10 46' then 'Employer responsive, other (legacy)'
        else v end
    when b = 'programme_type' then case v
        when 'none' then 'Not in a programme'
        when '2' then 'Advanced apprenticeship (framework)'
        when '3' then 'Intermediate apprenticeship (framework)'
        when '10' then 'Higher apprenticeship (framework)'
        when '20' then 'Higher apprenticeship level 4 (framework)'
        when '21' then 'Higher apprenticeship level 5 (framework)'
        when '22' then 'Higher apprenticeship level 6 (framework)'
        when '23' then 'Higher apprenticeship level 7+ (framework)'
        when '25' then 'Apprenticeship standard'
        when '99' then 'Legacy programme (not stated)'
        else 'Programme type ' || v end
    else v
end;

-- The order a reader expects within a breakdown: ages youngest first, levels low to high, and
-- "not known" always last; other values alphabetically (0 here, the label decides).
create or replace macro breakdown_value_order(b, v) as case
    when lower(v) = 'unknown' then 99
    when b = 'age_band' then case v when 'under 16' then 1 when '16-18' then 2 when '19-23' then 3 when '24+' then 4 else 50 end
    when b = 'qualification_level' then case v when 'E' then 0 when '1' then 1 when '2' then 2 when '3' then 3 when '4' then 4 else 50 end
    else 0
end;

-- A change in percentage points with its sign: 0.032 -> '+3.2', -0.088 -> '−8.8'.
create or replace macro signed_points(d) as
    case when d >= 0.0005 then '+' when d <= -0.0005 then '−' else '' end || printf('%.1f', 100 * abs(d));
