-- White-list search at national size (issue 11): the total of a one- or two-character query (and of the
-- whole list) is read from counts kept with the rows instead of visiting every matching row, and the
-- first page walks an index in the list's own order.
--
-- pub_gram_count holds, for each gram of a listed filing's names (see Grams) and the empty gram '' that
-- stands for "every listed filing", how many listed filings carry it, per category ('' when none).
-- PublicListUpdater changes it in the same transaction as pub_filing, in gram order.
create table pub_gram_count (
    gram     text   not null,
    category text   not null,
    n        bigint not null,
    primary key (gram, category)
);

insert into pub_gram_count (gram, category, n)
select g, coalesce(category, ''), count(*)
  from pub_filing, unnest(name_grams || array['']) g
 where listed
 group by 1, 2;

drop index pub_filing_listed_idx;
create index pub_filing_listed_order_idx on pub_filing (registered_at desc nulls last, filing_number desc) where listed;
