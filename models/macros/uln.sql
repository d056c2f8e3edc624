-- ULN check digit, derived item DD01 (shared/domain/ilr-reference.md §3; rule ULN_04):
-- r = (10·d1 + 9·d2 + … + 2·d9) mod 11; r = 0 is invalid, else the check digit 10 − r (mod 10)
-- must equal d10. 9999999999, the temporary ULN, always passes DD01.
create or replace macro uln_dd01_remainder(u) as (
    10 * (u // 1000000000 % 10)
    + 9 * (u // 100000000 % 10)
    + 8 * (u // 10000000 % 10)
    + 7 * (u // 1000000 % 10)
    + 6 * (u // 100000 % 10)
    + 5 * (u // 10000 % 10)
    + 4 * (u // 1000 % 10)
    + 3 * (u // 100 % 10)
    + 2 * (u // 10 % 10)
) % 11;

create or replace macro is_uln_checksum_valid(u) as
    case
        when u is null then false
        when u = 9999999999 then true
        when u < 1000000000 or u > 9999999999 then false
        when uln_dd01_remainder(u) = 0 then false
        else (10 - uln_dd01_remainder(u)) % 10 = u % 10
    end;
