package fr.messagerie.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class KeysetPageReaderTest {

    /** Ids 1..7 in pages of 3, recording which pages were asked for. */
    static final class SevenIds extends KeysetPageReader<Long> {
        final List<Long> askedAfter = new ArrayList<>();

        SevenIds() {
            super(Long::longValue);
        }

        @Override
        protected void prepare() {}

        @Override
        protected List<Long> pageAfter(long afterId) {
            askedAfter.add(afterId);
            return LongStream.rangeClosed(afterId + 1, Math.min(afterId + 3, 7)).boxed().toList();
        }
    }

    @Test
    void readsEveryItemOnceInIdOrderPageByPage() {
        SevenIds reader = new SevenIds();
        reader.open(null);
        List<Object> read = new ArrayList<>();
        for (Object item = reader.readItem(); item != null; item = reader.readItem()) {
            read.add(item);
        }

        assertThat(read).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(reader.askedAfter).containsExactly(0L, 3L, 6L, 7L);
    }

    @Test
    void theCheckpointIsTheLastItemHandedOutAndARestartContinuesAfterIt() {
        SevenIds first = new SevenIds();
        first.open(null);
        first.readItem();
        first.readItem();
        assertThat(first.checkpointInfo()).isEqualTo(2L);

        SevenIds restarted = new SevenIds();
        restarted.open(first.checkpointInfo());

        assertThat(restarted.readItem()).isEqualTo(3L);
    }
}
