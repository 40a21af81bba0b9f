package fr.messagerie.referential.domain;

/**
 * What every referential entry shares with the others: a stable code and an active flag. Entries
 * are never deleted (conversations keep pointing at them by id); deactivating one only hides it
 * from new choices.
 */
public interface ReferentialEntry {

    Long getId();

    String getCode();

    boolean isActive();

    void deactivate();

    void reactivate();
}
