package fr.messagerie.referential.application;

import fr.messagerie.platform.infrastructure.ApplicationResources;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.OnlineService;
import fr.messagerie.referential.domain.ReferentialCsv;
import fr.messagerie.referential.domain.Subject;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.referential.domain.Theme;
import fr.messagerie.referential.infrastructure.ReferentialUpsertSql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Imports a referential file (format in {@link ReferentialCsv}) all or nothing: the whole file is
 * validated first, and only a file without a single bad line is applied, in one transaction.
 * Afterwards the shared JPA cache of the referential is emptied on this instance so the wizard sees
 * the new entries (other instances see them when their cache entries expire or restart).
 */
@ApplicationScoped
public class ReferentialImport {

    private static final Logger LOG = Logger.getLogger(ReferentialImport.class.getName());

    @Resource(lookup = ApplicationResources.DATA_SOURCE)
    private DataSource dataSource;

    @PersistenceContext private EntityManager entityManager;

    @Transactional
    public ImportReport importFile(String content) {
        try (Connection connection = dataSource.getConnection()) {
            ReferentialCsv.Result result =
                    ReferentialCsv.read(
                            content,
                            (kind, code) -> {
                                try {
                                    return ReferentialUpsertSql.exists(connection, kind, code);
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            });
            if (!result.isValid()) {
                LOG.info(
                        () ->
                                "Referential import refused: "
                                        + result.problems().size()
                                        + " bad lines");
                return new ImportReport(0, 0, result.problems());
            }
            int created = ReferentialUpsertSql.apply(connection, result.rows());
            for (Class<?> type :
                    List.of(
                            Team.class,
                            OnlineService.class,
                            Theme.class,
                            Subject.class,
                            Motif.class)) {
                entityManager.getEntityManagerFactory().getCache().evict(type);
            }
            LOG.info(() -> "Referential import applied: " + result.rows().size() + " entries");
            return new ImportReport(result.rows().size(), created, List.of());
        } catch (SQLException e) {
            throw new IllegalStateException("Referential import failed", e);
        }
    }
}
