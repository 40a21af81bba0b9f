/**
 * Recognising personal data that should not travel in a free-text message: social-security numbers,
 * bank account numbers and health information. Citizens are warned before sending, and agents
 * before answering, because such data belongs in the dedicated, access-controlled channels and not
 * in a conversation many agents can read. Checksums are verified so that ordinary numbers (file
 * numbers, amounts, phone numbers) do not raise false alarms.
 */
package fr.messagerie.security.domain;
