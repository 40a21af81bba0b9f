package fr.messagerie.referential.domain;

/**
 * What every referential entry shares with the others: a stable code and an active flag. Entries
 * are never deleted (conversations keep pointing at them by id); deactivating one only hides it
 * from new choices.
 */
public interface ReferentialEntry {

    /*
     * The wizard's lists are named queries whose results EclipseLink keeps (its query results
     * cache, by query and parameters): every step of every citizen's wizard read the same few rows
     * again. A change to an entry through JPA on this instance invalidates the cached results of
     * its class at once; the expiry bounds how long another cluster member may offer the old list.
     */
    String RESULTS_CACHE = "eclipselink.query-results-cache";
    String RESULTS_CACHE_EXPIRY = "eclipselink.query-results-cache.expiry";
    String RESULTS_CACHE_EXPIRY_MILLIS = "60000";

    /** Shared cached objects handed out as they are: for reads that never change an entry. */
    String READ_ONLY = "eclipselink.read-only";

    Long getId();

    String getCode();

    boolean isActive();

    void deactivate();

    void reactivate();
}
