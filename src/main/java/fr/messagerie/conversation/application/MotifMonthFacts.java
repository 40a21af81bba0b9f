package fr.messagerie.conversation.application;

import java.time.Duration;
import java.util.List;

/**
 * What a month says about one motif, without any personal data: how many conversations were opened,
 * how long each waited for its first answer, and how the online-service offers went.
 */
public record MotifMonthFacts(
        long motifId,
        long conversations,
        List<Duration> firstResponseTimes,
        long offers,
        long usedService) {}
