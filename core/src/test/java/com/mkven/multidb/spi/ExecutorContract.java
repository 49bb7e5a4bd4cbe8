package com.mkven.multidb.spi;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link DbExecutor} must do with misuse, checked the same way in each executor module. */
public final class ExecutorContract {
    private ExecutorContract() {}

    /** Closing twice is fine; afterwards statements and pings are refused with {@code closedMessage}. */
    public static void refusesWorkOnceClosed(DbExecutor executor, String closedMessage) {
        executor.close();
        executor.close();

        assertThatIllegalStateException()
                .isThrownBy(() -> executor.execute("SELECT 1", List.of(), ExecutionOptions.defaults()))
                .withMessage(closedMessage);
        assertThatIllegalStateException().isThrownBy(executor::ping);
    }

    /** A cursor hands out values of its current row only, and only of its columns. */
    public static void valueNeedsACurrentRowAndAValidColumn(DbExecutor executor) {
        try (RowCursor cursor = executor.execute("SELECT 1, 2", List.of(), ExecutionOptions.defaults())) {
            assertThatIllegalStateException().isThrownBy(() -> cursor.value(0)).withMessage("no current row: next() has not returned true");
            assertThat(cursor.next()).isTrue();
            assertThatThrownBy(() -> cursor.value(2)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThat(cursor.next()).isFalse();
            assertThatIllegalStateException().isThrownBy(() -> cursor.value(0));
        }
    }

    public static void refusesNullArguments(DbExecutor executor) {
        assertThatThrownBy(() -> executor.execute(null, List.of(), ExecutionOptions.defaults())).hasMessage("sql is null");
        assertThatThrownBy(() -> executor.execute("SELECT 1", null, ExecutionOptions.defaults())).hasMessage("params is null");
        assertThatThrownBy(() -> executor.execute("SELECT 1", List.of(), null)).hasMessage("options is null");
    }
}
