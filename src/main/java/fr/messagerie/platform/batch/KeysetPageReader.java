package fr.messagerie.platform.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The one way our chunk readers walk a table: pages of items in increasing id order, fetched after
 * the last id seen (keyset paging, no OFFSET), with the last id handed out in a committed chunk as
 * the checkpoint. On restart the reader continues after it; the queries also leave out rows already
 * processed, so nothing is read twice.
 *
 * @param <T> the item type; {@code idOf} tells its id
 */
public abstract class KeysetPageReader<T> extends AbstractItemReader {

    private final Deque<T> page = new ArrayDeque<>();
    private final ToLongFunction<T> idOf;
    private long lastHandedOut;
    private long lastFetched;

    protected KeysetPageReader(ToLongFunction<T> idOf) {
        this.idOf = idOf;
    }

    /** Prepares what the page queries need (deadlines, settings) once per execution. */
    protected abstract void prepare();

    /** The next page of items whose id is greater than {@code afterId}, in id order. */
    protected abstract List<T> pageAfter(long afterId);

    @Override
    public final void open(Serializable checkpoint) {
        lastHandedOut = checkpoint == null ? 0L : (Long) checkpoint;
        lastFetched = lastHandedOut;
        prepare();
    }

    @Override
    public final Object readItem() {
        if (page.isEmpty()) {
            page.addAll(pageAfter(lastFetched));
            if (page.isEmpty()) {
                return null;
            }
            lastFetched = idOf.applyAsLong(page.peekLast());
        }
        T next = page.poll();
        lastHandedOut = idOf.applyAsLong(next);
        return next;
    }

    @Override
    public final Serializable checkpointInfo() {
        return lastHandedOut;
    }
}
