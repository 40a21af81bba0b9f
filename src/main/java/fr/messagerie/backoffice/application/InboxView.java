package fr.messagerie.backoffice.application;

/** The saved views of the inbox, each a preset filter on top of the agent's scope. */
public enum InboxView {
    /** Everything not closed in the agent's teams. */
    OPEN,
    /** Open conversations assigned to the agent ("Mes demandes"). */
    MINE,
    /** Open conversations of the agent's teams nobody took yet. */
    UNASSIGNED,
    /** Not yet answered and past their deadline ("En retard"). */
    OVERDUE,
    /** Everything, closed included, for searching. */
    ALL
}
