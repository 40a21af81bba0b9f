package fr.messagerie.backoffice.application;

import java.util.List;

/** One page of the inbox and how many rows the whole filter matches. */
public record InboxPage(List<InboxRow> rows, long total) {}
