/**
 * The rules the back office applies to its workload: which days count as working days in
 * metropolitan France, by when a citizen's message must be answered, and how close a conversation
 * is to missing that deadline. Deadlines are counted in working days because that is how the
 * institution commits to citizens, so weekends and public holidays never eat into an agent's time.
 */
package fr.messagerie.backoffice.domain;
