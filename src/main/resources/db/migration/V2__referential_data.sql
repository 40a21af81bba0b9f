-- Referential seed data: teams, online services, themes, subjects and motifs.
-- Portable SQL: the same script runs on PostgreSQL (production) and H2 in PostgreSQL mode (embedded).
--
-- The French labels the user guide shows (themes, the subjects of "Famille, logement", the motifs of
-- "Allocations familiales", the online service "Déclarer un changement de situation") are copied
-- verbatim, apostrophes included, because users and agents are told to look for those exact words.
-- Ids are explicit and below 1000: the sequences start at 1000, so rows created later by the
-- application never collide with these. Sort orders step by 10 so an administrator can slot an entry
-- between two others without renumbering. Every subject ends with an "Autre question ..." motif so
-- that a citizen always has somewhere to write; those catch-all motifs never propose an online
-- service, since there is nothing specific to redirect to.

-- Teams that receive the messages; each motif is routed to the team of its theme.
INSERT INTO team (id, code, label_fr, label_en, email, active) VALUES
    (1, 'SANTE', 'Équipe Santé', 'Health team', 'equipe-sante@messagerie.example', TRUE),
    (2, 'INVALIDITE_HANDICAP', 'Équipe Invalidité, handicap', 'Invalidity and disability team', 'equipe-invalidite-handicap@messagerie.example', TRUE),
    (3, 'FAMILLE_LOGEMENT', 'Équipe Famille, logement', 'Family and housing team', 'equipe-famille@messagerie.example', TRUE),
    (4, 'SOLIDARITE', 'Équipe Solidarité (RSA, prime d''activité)', 'Solidarity team (RSA, in-work bonus)', 'equipe-solidarite@messagerie.example', TRUE),
    (5, 'RETRAITE', 'Équipe Retraite', 'Retirement team', 'equipe-retraite@messagerie.example', TRUE),
    (6, 'COTISATIONS_EXPLOITANTS', 'Équipe Cotisations des exploitants', 'Farm operators'' contributions team', 'equipe-exploitants@messagerie.example', TRUE),
    (7, 'EMPLOYEURS', 'Équipe Employeurs', 'Employers team', 'equipe-employeurs@messagerie.example', TRUE);

-- Online services a motif can propose before the citizen writes (step 3 of the guide): using the
-- service is faster for everyone than a message an agent has to read and redirect.
INSERT INTO online_service (id, code, label_fr, label_en, url, active) VALUES
    (1, 'SVC_CHANGEMENT_SITUATION', 'Déclarer un changement de situation', 'Report a change of circumstances', 'https://www.example.fr/services/changement-situation', TRUE),
    (2, 'SVC_ATTESTATIONS', 'Télécharger une attestation', 'Download a certificate', 'https://www.example.fr/services/attestations', TRUE),
    (3, 'SVC_QUOTIENT_FAMILIAL', 'Obtenir mon quotient familial', 'Get my family quotient', 'https://www.example.fr/services/quotient-familial', TRUE),
    (4, 'SVC_DECLARATION_RESSOURCES', 'Déclarer mes ressources', 'Declare my income', 'https://www.example.fr/services/declaration-ressources', TRUE),
    (5, 'SVC_DECLARATION_TRIMESTRIELLE', 'Déclarer mes ressources trimestrielles', 'Submit my quarterly income return', 'https://www.example.fr/services/declaration-trimestrielle', TRUE),
    (6, 'SVC_ESTIMATION_RETRAITE', 'Estimer ma retraite', 'Estimate my pension', 'https://www.example.fr/services/estimation-retraite', TRUE),
    (7, 'SVC_DEMANDE_RETRAITE', 'Demander ma retraite en ligne', 'Apply for my pension online', 'https://www.example.fr/services/demande-retraite', TRUE);

-- Themes: the guide's seven, in its order, then the employers' own.
INSERT INTO theme (id, code, label_fr, label_en, sort_order, active) VALUES
    (1, 'THEME_SANTE', 'Santé', 'Health', 10, TRUE),
    (2, 'THEME_INVALIDITE', 'Invalidité', 'Invalidity', 20, TRUE),
    (3, 'THEME_FAMILLE_LOGEMENT', 'Famille, logement', 'Family, housing', 30, TRUE),
    (4, 'THEME_RSA_PRIME_ACTIVITE', 'RSA, Prime d''activité', 'RSA, in-work bonus', 40, TRUE),
    (5, 'THEME_HANDICAP', 'Handicap', 'Disability', 50, TRUE),
    (6, 'THEME_RETRAITE', 'Retraite', 'Retirement', 60, TRUE),
    (7, 'THEME_EXPLOITANTS_COTISATIONS', 'Exploitants, cotisations', 'Farm operators, contributions', 70, TRUE),
    (8, 'THEME_COTISATIONS_EMPLOYEUR', 'Cotisations employeur', 'Employer contributions', 80, TRUE),
    (9, 'THEME_EMBAUCHE_DECLARATIONS', 'Embauche et déclarations', 'Hiring and returns', 90, TRUE),
    (10, 'THEME_PROTECTION_SOCIALE_SALARIES', 'Protection sociale des salariés', 'Employees'' social protection', 100, TRUE);

-- The guide shows the same seven themes to individuals and farm operators (one screen for both),
-- so "Exploitants, cotisations" is offered to both; employers only see their own three.
INSERT INTO theme_audience (theme_id, audience) VALUES
    (1, 'PARTICULIER'), (1, 'EXPLOITANT'),
    (2, 'PARTICULIER'), (2, 'EXPLOITANT'),
    (3, 'PARTICULIER'), (3, 'EXPLOITANT'),
    (4, 'PARTICULIER'), (4, 'EXPLOITANT'),
    (5, 'PARTICULIER'), (5, 'EXPLOITANT'),
    (6, 'PARTICULIER'), (6, 'EXPLOITANT'),
    (7, 'PARTICULIER'), (7, 'EXPLOITANT'),
    (8, 'EMPLOYEUR'),
    (9, 'EMPLOYEUR'),
    (10, 'EMPLOYEUR');

INSERT INTO subject (id, code, theme_id, label_fr, label_en, sort_order, active) VALUES
    -- Santé
    (101, 'SUBJ_REMBOURSEMENTS_SOINS', 1, 'Remboursements de soins', 'Healthcare reimbursements', 10, TRUE),
    (102, 'SUBJ_INDEMNITES_JOURNALIERES', 1, 'Indemnités journalières', 'Daily sickness allowances', 20, TRUE),
    (103, 'SUBJ_COMPLEMENTAIRE_SANTE_SOLIDAIRE', 1, 'Complémentaire santé solidaire', 'Supplementary health cover', 30, TRUE),
    (104, 'SUBJ_MATERNITE_PATERNITE', 1, 'Maternité, paternité', 'Maternity, paternity', 40, TRUE),
    -- Invalidité
    (105, 'SUBJ_PENSION_INVALIDITE', 2, 'Pension d''invalidité', 'Invalidity pension', 10, TRUE),
    (106, 'SUBJ_REPRISE_ACTIVITE', 2, 'Reprise d''activité', 'Returning to work', 20, TRUE),
    -- Famille, logement: the guide's five subjects, in its order.
    (107, 'SUBJ_PAIEMENTS_DECOMPTES_FAMILLE', 3, 'Paiements et décomptes "famille"', 'Family payments and statements', 10, TRUE),
    (108, 'SUBJ_ATTESTATIONS_FAMILLE', 3, 'Attestations "famille"', 'Family certificates', 20, TRUE),
    (109, 'SUBJ_ALLOCATIONS_FAMILIALES', 3, 'Allocations familiales', 'Family allowances', 30, TRUE),
    (110, 'SUBJ_AIDES_LOGEMENT', 3, 'Aides au logement', 'Housing benefits', 40, TRUE),
    (111, 'SUBJ_AIDES_SOCIALES', 3, 'Aides Sociales (secours, prêts)', 'Social assistance (emergency aid, loans)', 50, TRUE),
    -- RSA, Prime d'activité
    (112, 'SUBJ_RSA', 4, 'RSA', 'RSA (minimum income)', 10, TRUE),
    (113, 'SUBJ_PRIME_ACTIVITE', 4, 'Prime d''activité', 'In-work bonus', 20, TRUE),
    -- Handicap
    (114, 'SUBJ_AAH', 5, 'Allocation aux adultes handicapés (AAH)', 'Disabled adult allowance (AAH)', 10, TRUE),
    (115, 'SUBJ_AEEH', 5, 'Allocation d''éducation de l''enfant handicapé (AEEH)', 'Disabled child education allowance (AEEH)', 20, TRUE),
    -- Retraite
    (116, 'SUBJ_DEMANDE_RETRAITE', 6, 'Demande de retraite', 'Applying for a pension', 10, TRUE),
    (117, 'SUBJ_PAIEMENT_RETRAITE', 6, 'Paiement de la retraite', 'Pension payments', 20, TRUE),
    (118, 'SUBJ_PENSION_REVERSION', 6, 'Pension de réversion', 'Survivor''s pension', 30, TRUE),
    -- Exploitants, cotisations
    (119, 'SUBJ_APPEL_COTISATIONS', 7, 'Appel de cotisations', 'Contribution notices', 10, TRUE),
    (120, 'SUBJ_DECLARATION_REVENUS_PROFESSIONNELS', 7, 'Déclaration des revenus professionnels', 'Business income return', 20, TRUE),
    (121, 'SUBJ_INSTALLATION_CESSATION', 7, 'Installation et cessation d''activité', 'Starting or ending a farm business', 30, TRUE),
    -- Cotisations employeur
    (122, 'SUBJ_PAIEMENT_COTISATIONS', 8, 'Paiement des cotisations', 'Paying contributions', 10, TRUE),
    (123, 'SUBJ_EXONERATIONS_AIDES', 8, 'Exonérations et aides', 'Exemptions and relief', 20, TRUE),
    -- Embauche et déclarations
    (124, 'SUBJ_DPAE', 9, 'Déclaration préalable à l''embauche', 'Pre-hiring declaration (DPAE)', 10, TRUE),
    (125, 'SUBJ_DSN', 9, 'Déclaration sociale nominative', 'Monthly payroll return (DSN)', 20, TRUE),
    (126, 'SUBJ_TESA', 9, 'Titre emploi simplifié agricole (TESA)', 'Simplified farm employment scheme (TESA)', 30, TRUE),
    -- Protection sociale des salariés
    (127, 'SUBJ_ARRETS_TRAVAIL_SALARIES', 10, 'Arrêts de travail des salariés', 'Employees'' sick leave', 10, TRUE),
    (128, 'SUBJ_ACCIDENTS_TRAVAIL', 10, 'Accidents du travail', 'Workplace accidents', 20, TRUE);

-- sla_working_days: shorter where the answer is a document or a date, longer where a file has to be
-- examined (applications, contribution disputes) and for the open-ended "Autre question" motifs.
INSERT INTO motif (id, code, subject_id, label_fr, label_en, sort_order, active, online_service_id, team_id, sla_working_days) VALUES
    -- Remboursements de soins
    (201, 'MOTIF_SUIVI_REMBOURSEMENT', 101, 'Suivi d''un remboursement', 'Tracking a reimbursement', 10, TRUE, NULL, 1, 5),
    (202, 'MOTIF_CARTE_VITALE', 101, 'Carte Vitale', 'Carte Vitale health card', 20, TRUE, NULL, 1, 5),
    (203, 'MOTIF_ATTESTATION_DROITS_SANTE', 101, 'Attestation de droits - Santé', 'Health cover certificate', 30, TRUE, 2, 1, 3),
    (204, 'MOTIF_AUTRE_QUESTION_REMBOURSEMENTS_SOINS', 101, 'Autre question Remboursements de soins', 'Other question about healthcare reimbursements', 40, TRUE, NULL, 1, 10),
    -- Indemnités journalières
    (205, 'MOTIF_ARRET_TRAVAIL_MALADIE', 102, 'Arrêt de travail maladie', 'Sick leave', 10, TRUE, NULL, 1, 5),
    (206, 'MOTIF_PAIEMENT_INDEMNITES_JOURNALIERES', 102, 'Paiement des indemnités journalières', 'Daily allowance payments', 20, TRUE, NULL, 1, 5),
    (207, 'MOTIF_ACCIDENT_TRAVAIL_MALADIE_PRO', 102, 'Accident du travail, maladie professionnelle', 'Workplace accident, occupational disease', 30, TRUE, NULL, 1, 7),
    (208, 'MOTIF_AUTRE_QUESTION_INDEMNITES_JOURNALIERES', 102, 'Autre question Indemnités journalières', 'Other question about daily sickness allowances', 40, TRUE, NULL, 1, 10),
    -- Complémentaire santé solidaire
    (209, 'MOTIF_DEMANDE_CSS', 103, 'Demande de complémentaire santé solidaire', 'Applying for supplementary health cover', 10, TRUE, NULL, 1, 10),
    (210, 'MOTIF_SUIVI_DEMANDE_CSS', 103, 'Suivi de ma demande - Complémentaire santé solidaire', 'Tracking my supplementary health cover application', 20, TRUE, NULL, 1, 5),
    (211, 'MOTIF_AUTRE_QUESTION_CSS', 103, 'Autre question Complémentaire santé solidaire', 'Other question about supplementary health cover', 30, TRUE, NULL, 1, 10),
    -- Maternité, paternité
    (212, 'MOTIF_DECLARATION_GROSSESSE', 104, 'Déclaration de grossesse', 'Pregnancy declaration', 10, TRUE, NULL, 1, 5),
    (213, 'MOTIF_CONGE_MATERNITE_PATERNITE', 104, 'Congé maternité, paternité', 'Maternity, paternity leave', 20, TRUE, NULL, 1, 5),
    (214, 'MOTIF_AUTRE_QUESTION_MATERNITE_PATERNITE', 104, 'Autre question Maternité, paternité', 'Other question about maternity, paternity', 30, TRUE, NULL, 1, 10),
    -- Pension d'invalidité
    (215, 'MOTIF_DEMANDE_PENSION_INVALIDITE', 105, 'Demande de pension d''invalidité', 'Applying for an invalidity pension', 10, TRUE, NULL, 2, 10),
    (216, 'MOTIF_PAIEMENT_PENSION_INVALIDITE', 105, 'Paiement de la pension d''invalidité', 'Invalidity pension payments', 20, TRUE, NULL, 2, 5),
    (217, 'MOTIF_DECLARATION_RESSOURCES_INVALIDITE', 105, 'Déclaration de ressources - Invalidité', 'Income declaration - Invalidity', 30, TRUE, 4, 2, 7),
    (218, 'MOTIF_AUTRE_QUESTION_PENSION_INVALIDITE', 105, 'Autre question Pension d''invalidité', 'Other question about invalidity pensions', 40, TRUE, NULL, 2, 10),
    -- Reprise d'activité
    (219, 'MOTIF_CUMUL_PENSION_REVENUS', 106, 'Cumul pension et revenus d''activité', 'Combining the pension with earnings', 10, TRUE, NULL, 2, 7),
    (220, 'MOTIF_PASSAGE_INVALIDITE_RETRAITE', 106, 'Passage de l''invalidité à la retraite', 'Moving from invalidity pension to retirement', 20, TRUE, NULL, 2, 10),
    (221, 'MOTIF_AUTRE_QUESTION_REPRISE_ACTIVITE', 106, 'Autre question Reprise d''activité', 'Other question about returning to work', 30, TRUE, NULL, 2, 10),
    -- Paiements et décomptes "famille"
    (222, 'MOTIF_DATE_PAIEMENT_FAMILLE', 107, 'Date de paiement - Famille', 'Payment date - Family', 10, TRUE, NULL, 3, 3),
    (223, 'MOTIF_MONTANT_VERSE_FAMILLE', 107, 'Montant versé - Famille', 'Amount paid - Family', 20, TRUE, NULL, 3, 5),
    (224, 'MOTIF_TROP_PERCU_FAMILLE', 107, 'Trop-perçu - Famille', 'Overpayment - Family', 30, TRUE, NULL, 3, 7),
    (225, 'MOTIF_AUTRE_QUESTION_PAIEMENTS_DECOMPTES_FAMILLE', 107, 'Autre question Paiements et décomptes "famille"', 'Other question about family payments and statements', 40, TRUE, NULL, 3, 10),
    -- Attestations "famille"
    (226, 'MOTIF_ATTESTATION_DROITS_FAMILLE', 108, 'Attestation de droits - Famille', 'Entitlement certificate - Family', 10, TRUE, 2, 3, 3),
    (227, 'MOTIF_ATTESTATION_QUOTIENT_FAMILIAL', 108, 'Attestation de quotient familial', 'Family quotient certificate', 20, TRUE, 3, 3, 3),
    (228, 'MOTIF_AUTRE_QUESTION_ATTESTATIONS_FAMILLE', 108, 'Autre question Attestations "famille"', 'Other question about family certificates', 30, TRUE, NULL, 3, 10),
    -- Allocations familiales: the guide's eight motifs, in its order.
    (229, 'MOTIF_PAIEMENTS_DECOMPTES_FAMILLE', 109, 'Paiements et décomptes - Famille', 'Payments and statements - Family', 10, TRUE, NULL, 3, 5),
    (230, 'MOTIF_ATTESTATION_PAIEMENT_FAMILLE', 109, 'Attestation paiement / non paiement - Famille', 'Payment / non-payment certificate - Family', 20, TRUE, 2, 3, 3),
    (231, 'MOTIF_ATTESTATION_FISCALE_FAMILLE', 109, 'Attestation fiscale - Famille', 'Tax certificate - Family', 30, TRUE, 2, 3, 3),
    (232, 'MOTIF_DEMANDE_QUOTIENT_FAMILIAL', 109, 'Demande de quotient familial', 'Family quotient request', 40, TRUE, 3, 3, 5),
    (233, 'MOTIF_MON_DOSSIER_FAMILLE', 109, 'Mon dossier - Famille', 'My file - Family', 50, TRUE, NULL, 3, 7),
    (234, 'MOTIF_DECLARATION_RESSOURCES_FAMILLE', 109, 'Déclaration de ressources - Famille', 'Income declaration - Family', 60, TRUE, 4, 3, 7),
    (235, 'MOTIF_CHANGEMENT_SITUATION_FAMILLE', 109, 'Changement de situation - Famille', 'Change of circumstances - Family', 70, TRUE, 1, 3, 5),
    (236, 'MOTIF_AUTRE_QUESTION_ALLOCATIONS_FAMILIALES', 109, 'Autre question Allocations familiales', 'Other question about family allowances', 80, TRUE, NULL, 3, 10),
    -- Aides au logement
    (237, 'MOTIF_DEMANDE_AIDE_LOGEMENT', 110, 'Demande d''aide au logement', 'Applying for housing benefit', 10, TRUE, NULL, 3, 10),
    (238, 'MOTIF_CHANGEMENT_SITUATION_LOGEMENT', 110, 'Changement de situation - Logement', 'Change of circumstances - Housing', 20, TRUE, 1, 3, 5),
    (239, 'MOTIF_VERSEMENT_BAILLEUR', 110, 'Versement au bailleur', 'Payment to the landlord', 30, TRUE, NULL, 3, 7),
    (240, 'MOTIF_AUTRE_QUESTION_AIDES_LOGEMENT', 110, 'Autre question Aides au logement', 'Other question about housing benefits', 40, TRUE, NULL, 3, 10),
    -- Aides Sociales (secours, prêts)
    (241, 'MOTIF_DEMANDE_SECOURS', 111, 'Demande de secours', 'Emergency aid request', 10, TRUE, NULL, 3, 3),
    (242, 'MOTIF_DEMANDE_PRET', 111, 'Demande de prêt', 'Loan request', 20, TRUE, NULL, 3, 10),
    (243, 'MOTIF_SUIVI_AIDE_SOCIALE', 111, 'Suivi de ma demande d''aide sociale', 'Tracking my social assistance request', 30, TRUE, NULL, 3, 5),
    (244, 'MOTIF_AUTRE_QUESTION_AIDES_SOCIALES', 111, 'Autre question Aides Sociales (secours, prêts)', 'Other question about social assistance', 40, TRUE, NULL, 3, 10),
    -- RSA
    (245, 'MOTIF_DEMANDE_RSA', 112, 'Demande de RSA', 'Applying for the RSA', 10, TRUE, NULL, 4, 10),
    (246, 'MOTIF_DECLARATION_TRIMESTRIELLE_RSA', 112, 'Déclaration trimestrielle de ressources - RSA', 'Quarterly income return - RSA', 20, TRUE, 5, 4, 3),
    (247, 'MOTIF_PAIEMENT_RSA', 112, 'Paiement du RSA', 'RSA payments', 30, TRUE, NULL, 4, 5),
    (248, 'MOTIF_AUTRE_QUESTION_RSA', 112, 'Autre question RSA', 'Other question about the RSA', 40, TRUE, NULL, 4, 10),
    -- Prime d'activité
    (249, 'MOTIF_DEMANDE_PRIME_ACTIVITE', 113, 'Demande de prime d''activité', 'Applying for the in-work bonus', 10, TRUE, NULL, 4, 10),
    (250, 'MOTIF_DECLARATION_TRIMESTRIELLE_PRIME_ACTIVITE', 113, 'Déclaration trimestrielle de ressources - Prime d''activité', 'Quarterly income return - In-work bonus', 20, TRUE, 5, 4, 3),
    (251, 'MOTIF_PAIEMENT_PRIME_ACTIVITE', 113, 'Paiement de la prime d''activité', 'In-work bonus payments', 30, TRUE, NULL, 4, 5),
    (252, 'MOTIF_AUTRE_QUESTION_PRIME_ACTIVITE', 113, 'Autre question Prime d''activité', 'Other question about the in-work bonus', 40, TRUE, NULL, 4, 10),
    -- Allocation aux adultes handicapés (AAH)
    (253, 'MOTIF_DEMANDE_AAH', 114, 'Demande d''AAH', 'Applying for the AAH', 10, TRUE, NULL, 2, 10),
    (254, 'MOTIF_PAIEMENT_AAH', 114, 'Paiement de l''AAH', 'AAH payments', 20, TRUE, NULL, 2, 5),
    (255, 'MOTIF_DECLARATION_RESSOURCES_AAH', 114, 'Déclaration de ressources - AAH', 'Income declaration - AAH', 30, TRUE, 4, 2, 7),
    (256, 'MOTIF_AUTRE_QUESTION_AAH', 114, 'Autre question Allocation aux adultes handicapés (AAH)', 'Other question about the disabled adult allowance', 40, TRUE, NULL, 2, 10),
    -- Allocation d'éducation de l'enfant handicapé (AEEH)
    (257, 'MOTIF_DEMANDE_AEEH', 115, 'Demande d''AEEH', 'Applying for the AEEH', 10, TRUE, NULL, 2, 10),
    (258, 'MOTIF_PAIEMENT_AEEH', 115, 'Paiement de l''AEEH', 'AEEH payments', 20, TRUE, NULL, 2, 5),
    (259, 'MOTIF_AUTRE_QUESTION_AEEH', 115, 'Autre question Allocation d''éducation de l''enfant handicapé (AEEH)', 'Other question about the disabled child education allowance', 30, TRUE, NULL, 2, 10),
    -- Demande de retraite
    (260, 'MOTIF_ESTIMATION_RETRAITE', 116, 'Estimation de ma retraite', 'Estimating my pension', 10, TRUE, 6, 5, 10),
    (261, 'MOTIF_DEPOT_DEMANDE_RETRAITE', 116, 'Dépôt de ma demande de retraite', 'Submitting my pension application', 20, TRUE, 7, 5, 10),
    (262, 'MOTIF_RELEVE_CARRIERE', 116, 'Relevé de carrière', 'Career statement', 30, TRUE, NULL, 5, 10),
    (263, 'MOTIF_AUTRE_QUESTION_DEMANDE_RETRAITE', 116, 'Autre question Demande de retraite', 'Other question about applying for a pension', 40, TRUE, NULL, 5, 10),
    -- Paiement de la retraite
    (264, 'MOTIF_PAIEMENT_RETRAITE', 117, 'Date et montant de paiement - Retraite', 'Payment date and amount - Pension', 10, TRUE, NULL, 5, 5),
    (265, 'MOTIF_ATTESTATION_PAIEMENT_RETRAITE', 117, 'Attestation de paiement - Retraite', 'Payment certificate - Pension', 20, TRUE, 2, 5, 3),
    (266, 'MOTIF_COORDONNEES_BANCAIRES_RETRAITE', 117, 'Changement de coordonnées bancaires - Retraite', 'Change of bank details - Pension', 30, TRUE, NULL, 5, 5),
    (267, 'MOTIF_AUTRE_QUESTION_PAIEMENT_RETRAITE', 117, 'Autre question Paiement de la retraite', 'Other question about pension payments', 40, TRUE, NULL, 5, 10),
    -- Pension de réversion
    (268, 'MOTIF_DEMANDE_PENSION_REVERSION', 118, 'Demande de pension de réversion', 'Applying for a survivor''s pension', 10, TRUE, NULL, 5, 10),
    (269, 'MOTIF_SUIVI_PENSION_REVERSION', 118, 'Suivi de ma demande de réversion', 'Tracking my survivor''s pension application', 20, TRUE, NULL, 5, 7),
    (270, 'MOTIF_AUTRE_QUESTION_PENSION_REVERSION', 118, 'Autre question Pension de réversion', 'Other question about survivor''s pensions', 30, TRUE, NULL, 5, 10),
    -- Appel de cotisations
    (271, 'MOTIF_MONTANT_COTISATIONS_EXPLOITANT', 119, 'Montant de mes cotisations', 'Amount of my contributions', 10, TRUE, NULL, 6, 7),
    (272, 'MOTIF_ECHEANCIER_PAIEMENT_EXPLOITANT', 119, 'Demande d''échéancier de paiement', 'Payment schedule request', 20, TRUE, NULL, 6, 7),
    (273, 'MOTIF_PRELEVEMENT_AUTOMATIQUE_EXPLOITANT', 119, 'Prélèvement automatique', 'Direct debit', 30, TRUE, NULL, 6, 5),
    (274, 'MOTIF_AUTRE_QUESTION_APPEL_COTISATIONS', 119, 'Autre question Appel de cotisations', 'Other question about contribution notices', 40, TRUE, NULL, 6, 10),
    -- Déclaration des revenus professionnels
    (275, 'MOTIF_REMPLIR_DRP', 120, 'Remplir ma déclaration des revenus professionnels', 'Filling in my business income return', 10, TRUE, NULL, 6, 5),
    (276, 'MOTIF_RECTIFIER_DRP', 120, 'Rectifier ma déclaration des revenus professionnels', 'Correcting my business income return', 20, TRUE, NULL, 6, 7),
    (277, 'MOTIF_AUTRE_QUESTION_DRP', 120, 'Autre question Déclaration des revenus professionnels', 'Other question about the business income return', 30, TRUE, NULL, 6, 10),
    -- Installation et cessation d'activité
    (278, 'MOTIF_INSTALLATION_AGRICULTURE', 121, 'Installation en agriculture', 'Setting up a farm business', 10, TRUE, NULL, 6, 10),
    (279, 'MOTIF_CESSATION_ACTIVITE', 121, 'Cessation d''activité', 'Ending my farm business', 20, TRUE, NULL, 6, 10),
    (280, 'MOTIF_AUTRE_QUESTION_INSTALLATION_CESSATION', 121, 'Autre question Installation et cessation d''activité', 'Other question about starting or ending a farm business', 30, TRUE, NULL, 6, 10),
    -- Paiement des cotisations (employeur)
    (281, 'MOTIF_MONTANT_COTISATIONS_EMPLOYEUR', 122, 'Montant des cotisations - Employeur', 'Contribution amount - Employer', 10, TRUE, NULL, 7, 7),
    (282, 'MOTIF_DELAI_PAIEMENT_EMPLOYEUR', 122, 'Demande de délai de paiement', 'Request for a payment extension', 20, TRUE, NULL, 7, 7),
    (283, 'MOTIF_MAJORATIONS_RETARD', 122, 'Majorations de retard', 'Late-payment surcharges', 30, TRUE, NULL, 7, 10),
    (284, 'MOTIF_AUTRE_QUESTION_PAIEMENT_COTISATIONS', 122, 'Autre question Paiement des cotisations', 'Other question about paying contributions', 40, TRUE, NULL, 7, 10),
    -- Exonérations et aides
    (285, 'MOTIF_EXONERATION_TODE', 123, 'Exonération travailleurs occasionnels (TO-DE)', 'Seasonal worker exemption (TO-DE)', 10, TRUE, NULL, 7, 10),
    (286, 'MOTIF_REDUCTION_GENERALE', 123, 'Réduction générale des cotisations', 'General contribution reduction', 20, TRUE, NULL, 7, 10),
    (287, 'MOTIF_AUTRE_QUESTION_EXONERATIONS_AIDES', 123, 'Autre question Exonérations et aides', 'Other question about exemptions and relief', 30, TRUE, NULL, 7, 10),
    -- Déclaration préalable à l'embauche
    (288, 'MOTIF_EFFECTUER_DPAE', 124, 'Effectuer une DPAE', 'Filing a DPAE', 10, TRUE, NULL, 7, 2),
    (289, 'MOTIF_CORRIGER_DPAE', 124, 'Annuler ou corriger une DPAE', 'Cancelling or correcting a DPAE', 20, TRUE, NULL, 7, 2),
    (290, 'MOTIF_AUTRE_QUESTION_DPAE', 124, 'Autre question Déclaration préalable à l''embauche', 'Other question about the pre-hiring declaration', 30, TRUE, NULL, 7, 10),
    -- Déclaration sociale nominative
    (291, 'MOTIF_DEPOT_DSN', 125, 'Dépôt de la DSN', 'Filing the DSN', 10, TRUE, NULL, 7, 5),
    (292, 'MOTIF_ANOMALIE_DSN', 125, 'Anomalie ou rejet de DSN', 'DSN error or rejection', 20, TRUE, NULL, 7, 3),
    (293, 'MOTIF_AUTRE_QUESTION_DSN', 125, 'Autre question Déclaration sociale nominative', 'Other question about the DSN', 30, TRUE, NULL, 7, 10),
    -- Titre emploi simplifié agricole (TESA)
    (294, 'MOTIF_ADHESION_TESA', 126, 'Adhésion au TESA', 'Joining the TESA scheme', 10, TRUE, NULL, 7, 7),
    (295, 'MOTIF_BULLETIN_PAIE_TESA', 126, 'Bulletin de paie TESA', 'TESA payslip', 20, TRUE, NULL, 7, 5),
    (296, 'MOTIF_AUTRE_QUESTION_TESA', 126, 'Autre question Titre emploi simplifié agricole (TESA)', 'Other question about the TESA scheme', 30, TRUE, NULL, 7, 10),
    -- Arrêts de travail des salariés
    (297, 'MOTIF_ATTESTATION_SALAIRE_IJ', 127, 'Attestation de salaire pour indemnités journalières', 'Salary certificate for daily allowances', 10, TRUE, NULL, 7, 5),
    (298, 'MOTIF_SUBROGATION_IJ', 127, 'Subrogation des indemnités journalières', 'Subrogation of daily allowances', 20, TRUE, NULL, 7, 7),
    (299, 'MOTIF_AUTRE_QUESTION_ARRETS_TRAVAIL_SALARIES', 127, 'Autre question Arrêts de travail des salariés', 'Other question about employees'' sick leave', 30, TRUE, NULL, 7, 10),
    -- Accidents du travail
    (300, 'MOTIF_DECLARATION_ACCIDENT_TRAVAIL', 128, 'Déclaration d''accident du travail', 'Reporting a workplace accident', 10, TRUE, NULL, 7, 3),
    (301, 'MOTIF_TAUX_ACCIDENT_TRAVAIL', 128, 'Taux de cotisation accidents du travail', 'Workplace accident contribution rate', 20, TRUE, NULL, 7, 10),
    (302, 'MOTIF_AUTRE_QUESTION_ACCIDENTS_TRAVAIL', 128, 'Autre question Accidents du travail', 'Other question about workplace accidents', 30, TRUE, NULL, 7, 10);
