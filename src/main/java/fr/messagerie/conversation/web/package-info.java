/**
 * The citizen's screens of the conversation feature: the "Ma messagerie" home list, the
 * conversation page with its reply form, and the new-message wizard as a Faces Flow
 * ("nouveau-message"). Backing beans stay thin: they read the signed-in account, call an
 * application service and word the outcome through the UI bundle. The flow-scoped draft holds only
 * ids, the text and the idempotency token, so a session stays small and a resent "Envoyer" always
 * carries the same token.
 */
package fr.messagerie.conversation.web;
