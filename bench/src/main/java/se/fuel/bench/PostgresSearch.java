package se.fuel.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The baseline: PostgreSQL's own full-text search with the built-in {@code swedish} configuration (Snowball stemmer)
 * over the same published items and fields, a stored {@code tsvector} with a GIN index, ranked by {@code ts_rank},
 * first page of ten with a {@code ts_headline} snippet, plus the total count a results page needs.
 */
final class PostgresSearch implements AutoCloseable {

	static final String BUILD = """
			create table bench_fts as
			select i.id,
			       setweight(to_tsvector('swedish', i.title), 'A')
			       || setweight(to_tsvector('swedish', coalesce(i.summary, '')), 'B')
			       || setweight(to_tsvector('swedish', coalesce(i.body, '') || ' ' || coalesce(i.outcome, '') || ' '
			          || coalesce(tg.text, '') || ' ' || coalesce(m.text, '')), 'C') as tsv
			from knowledge_item i
			left join (select item_id, string_agg(target_group, ' ') as text from knowledge_item_target_group
			           group by item_id) tg on tg.item_id = i.id
			left join (select item_id, string_agg(method_name, ' ') as text from knowledge_item_method
			           group by item_id) m on m.item_id = i.id
			where i.status = 'PUBLISHED'""";

	static final String PAGE = """
			select i.id, i.title, i.year,
			       ts_headline('swedish', coalesce(i.summary, '') || ' ' || coalesce(i.body, ''), q,
			                   'MaxFragments=1, MinWords=10, MaxWords=30, StartSel=<mark>, StopSel=</mark>')
			from (select id, ts_rank(tsv, q) as rank
			      from bench_fts, plainto_tsquery('swedish', ?) q
			      where tsv @@ q
			      order by rank desc
			      limit 10) top
			join knowledge_item i on i.id = top.id, plainto_tsquery('swedish', ?) q
			order by top.rank desc""";

	static final String COUNT = "select count(*) from bench_fts where tsv @@ plainto_tsquery('swedish', ?)";

	private final Connection connection;
	private final PreparedStatement page;
	private final PreparedStatement count;

	private PostgresSearch(Connection connection) throws SQLException {
		this.connection = connection;
		this.page = connection.prepareStatement(PAGE);
		this.count = connection.prepareStatement(COUNT);
	}

	static PostgresSearch open(DataSource dataSource) throws SQLException {
		return new PostgresSearch(dataSource.getConnection());
	}

	/** Rows in the full-text table, or -1 when there is none. */
	static long indexed(DataSource dataSource) throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select to_regclass('bench_fts') is not null")) {
				rs.next();
				if (!rs.getBoolean(1)) {
					return -1;
				}
			}
			try (ResultSet rs = s.executeQuery("select count(*) from bench_fts")) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** (Re)builds the table and its GIN index; returns the milliseconds it took. */
	static long build(DataSource dataSource) throws SQLException {
		long start = System.nanoTime();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute("set maintenance_work_mem = '512MB'");
			s.execute("drop table if exists bench_fts");
			s.execute(BUILD);
			s.execute("alter table bench_fts add primary key (id)");
			s.execute("create index bench_fts_tsv on bench_fts using gin (tsv)");
			s.execute("vacuum analyze bench_fts");
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** One results page: returns the total number of matching items. */
	long search(String text) throws SQLException {
		page.setString(1, text);
		page.setString(2, text);
		try (ResultSet rs = page.executeQuery()) {
			while (rs.next()) {
				rs.getString(2);
				rs.getString(4);
			}
		}
		count.setString(1, text);
		try (ResultSet rs = count.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}
}
