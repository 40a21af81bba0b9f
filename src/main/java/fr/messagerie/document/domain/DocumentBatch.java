package fr.messagerie.document.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One upload and its receipt. The team is copied when the files arrive (from the motif or the
 * conversation), so the agents allowed to open them are decided once; with neither, only admins may
 * open them.
 */
@Entity
@Table(name = "document_batch")
public class DocumentBatch {

    public static final int MAX_COMMENT_LENGTH = 500;

    @Id
    @SequenceGenerator(
            name = "document_batch_seq",
            sequenceName = "document_batch_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_batch_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "citizen_id", nullable = false)
    private Long citizenId;

    @Column(name = "motif_id")
    private Long motifId;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "comment_text", length = MAX_COMMENT_LENGTH)
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "batch", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("position ASC")
    private List<DocumentFile> files = new ArrayList<>();

    protected DocumentBatch() {}

    public DocumentBatch(
            String reference,
            long citizenId,
            Long motifId,
            Long conversationId,
            Long teamId,
            String comment,
            Instant createdAt) {
        this.reference = reference;
        this.citizenId = citizenId;
        this.motifId = motifId;
        this.conversationId = conversationId;
        this.teamId = teamId;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.createdAt = createdAt;
    }

    public DocumentFile add(
            String fileName, AcceptedType type, byte[] content, ScanStatus scanStatus) {
        DocumentFile file =
                new DocumentFile(this, fileName, type, content, scanStatus, files.size());
        files.add(file);
        return file;
    }

    public boolean belongsTo(long accountId) {
        return citizenId == accountId;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getCitizenId() {
        return citizenId;
    }

    public Optional<Long> motifId() {
        return Optional.ofNullable(motifId);
    }

    public Optional<Long> conversationId() {
        return Optional.ofNullable(conversationId);
    }

    public Optional<Long> teamId() {
        return Optional.ofNullable(teamId);
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<DocumentFile> getFiles() {
        return List.copyOf(files);
    }
}
