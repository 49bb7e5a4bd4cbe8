package com.mkven.multidb.jdbc.remote;

import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssue;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.CountResult;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.DebugPhase;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.ResultColumn;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.result.Timing;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a remote execute result is split into pages: which requests go out, and when reading stops. */
class PagedQueryStreamTest {
    private static final QueryResultMeta META = new QueryResultMeta(Strategy.DIRECT, "pg-main", Optional.of(DialectName.POSTGRES), List.of(),
            List.of(new ResultColumn("n", ColumnType.INT, false, "numbers", false), new ResultColumn("word", ColumnType.STRING, true, "numbers", false)),
            new Timing(0.1, 0.1, Optional.of(1.0)));
    private static final QueryDefinition NUMBERS = QueryDefinition.builder("numbers").build();

    /** A server over rows 0..size-1 that answers limit and offset, and records every query it is sent. */
    private static final class Server {
        final List<QueryDefinition> sent = new ArrayList<>();
        private final int size;

        Server(int size) {
            this.size = size;
        }

        QueryResult answer(QueryDefinition definition) {
            sent.add(definition);
            int from = Math.min(size, definition.offset().orElse(0));
            int to = definition.limit().map(limit -> Math.min(size, from + limit)).orElse(size);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int n = from; n < to; n++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("n", n);
                row.put("word", n % 2 == 0 ? "even" : null);
                rows.add(row);
            }
            Optional<List<DebugLogEntry>> log = definition.debug()
                    ? Optional.of(List.of(new DebugLogEntry(sent.size(), DebugPhase.EXECUTION, "page " + sent.size(), Optional.empty())))
                    : Optional.empty();
            return new DataResult(rows, META, log);
        }
    }

    private static List<Object> read(PagedQueryStream stream, int column) {
        List<Object> values = new ArrayList<>();
        while (stream.next()) {
            values.add(stream.value(column));
        }
        return values;
    }

    private static List<String> paging(List<QueryDefinition> sent) {
        List<String> paging = new ArrayList<>();
        for (QueryDefinition definition : sent) {
            paging.add(definition.limit().map(String::valueOf).orElse("-") + "@" + definition.offset().map(String::valueOf).orElse("-"));
        }
        return paging;
    }

    @Test
    void aQueryWithoutLimitIsReadInPagesOfTheFetchSize() {
        Server server = new Server(7);

        PagedQueryStream stream = PagedQueryStream.open(NUMBERS, 3, server::answer);

        assertThat(read(stream, 0)).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(paging(server.sent)).containsExactly("3@-", "3@3", "3@6");
    }

    @Test
    void aResultThatFillsItsLastPageCostsOneEmptyPage() {
        Server server = new Server(6);

        assertThat(read(PagedQueryStream.open(NUMBERS, 3, server::answer), 0)).hasSize(6);
        assertThat(paging(server.sent)).containsExactly("3@-", "3@3", "3@6");
    }

    @Test
    void pagesStayWithinTheQuerysOwnLimitAndOffset() {
        Server server = new Server(100);

        PagedQueryStream stream = PagedQueryStream.open(NUMBERS.toBuilder().limit(5).offset(10).build(), 2, server::answer);

        assertThat(read(stream, 0)).containsExactly(10, 11, 12, 13, 14);
        assertThat(paging(server.sent)).containsExactly("2@10", "2@12", "1@14");
    }

    @Test
    void aQueryWhoseLimitFitsOnePageIsSentUnchanged() {
        Server server = new Server(100);
        QueryDefinition three = NUMBERS.toBuilder().limit(3).build();

        assertThat(read(PagedQueryStream.open(three, 3, server::answer), 0)).containsExactly(0, 1, 2);
        assertThat(server.sent).containsExactly(three);
    }

    @Test
    void byIdsLookupsAreSentUnchangedWhateverTheirSize() {
        Server server = new Server(5);
        QueryDefinition byIds = NUMBERS.toBuilder().byIds(1, 2, 3, 4, 5).build();

        assertThat(read(PagedQueryStream.open(byIds, 2, server::answer), 0)).hasSize(5);
        assertThat(server.sent).containsExactly(byIds);
    }

    @Test
    void aQueryWithInvalidPagingIsSentUnchangedSoTheServerReportsWhatTheCallerWrote() {
        QueryDefinition offsetOnly = NUMBERS.toBuilder().offset(5).build();
        List<QueryDefinition> sent = new ArrayList<>();
        ValidationException invalid = new ValidationException("numbers", List.of(new ValidationIssue(ValidationIssueCode.INVALID_LIMIT,
                "offset needs a limit", ValidationIssueDetails.empty())));

        assertThatThrownBy(() -> PagedQueryStream.open(offsetOnly, 3, definition -> {
            sent.add(definition);
            throw invalid;
        })).isSameAs(invalid);
        assertThat(sent).containsExactly(offsetOnly);
    }

    @Test
    void valuesComeInColumnOrderAndMetaAndDebugLogAreTheFirstPages() {
        Server server = new Server(4);

        PagedQueryStream stream = PagedQueryStream.open(NUMBERS.toBuilder().debug(true).build(), 2, server::answer);

        assertThat(stream.meta()).isEqualTo(META);
        assertThat(read(stream, 1)).containsExactly("even", null, "even", null);
        assertThat(stream.debugLog()).extracting(DebugLogEntry::message).containsExactly("page 1");
    }

    @Test
    void aFailingLaterPageFailsTheRead() {
        Server server = new Server(10);
        MultiDbException lost = new MultiDbException("HTTP_ERROR", "HTTP 502: bad gateway");
        PagedQueryStream stream = PagedQueryStream.open(NUMBERS, 5, definition -> {
            if (definition.offset().isPresent()) {
                throw lost;
            }
            return server.answer(definition);
        });

        for (int i = 0; i < 5; i++) {
            assertThat(stream.next()).isTrue();
        }
        assertThatThrownBy(stream::next).isSameAs(lost);
    }

    @Test
    void afterCancelNoRowIsReadAndNoPageFetched() {
        Server server = new Server(10);
        PagedQueryStream stream = PagedQueryStream.open(NUMBERS, 5, server::answer);
        stream.next();

        stream.cancel();

        assertThatThrownBy(stream::next).isInstanceOfSatisfying(MultiDbException.class,
                e -> assertThat(e.code()).isEqualTo("STATEMENT_CANCELLED"));
        assertThat(server.sent).hasSize(1);
    }

    @Test
    void aClosedStreamHasNoMoreRows() {
        Server server = new Server(10);
        PagedQueryStream stream = PagedQueryStream.open(NUMBERS, 5, server::answer);

        stream.close();

        assertThat(stream.next()).isFalse();
        assertThat(server.sent).hasSize(1);
    }

    @Test
    void anAnswerOfAnotherKindIsAnInvalidResponse() {
        assertThatThrownBy(() -> PagedQueryStream.open(NUMBERS, 5, definition -> new CountResult(3, META, Optional.empty())))
                .isInstanceOfSatisfying(MultiDbException.class, e -> assertThat(e.code()).isEqualTo("INVALID_RESPONSE"))
                .hasMessage("The server answered an execute query with a result of another kind: CountResult");
    }
}
