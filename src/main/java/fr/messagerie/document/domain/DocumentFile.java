package fr.messagerie.document.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One received file as the receipt describes it: name, type found in its content, size and SHA-256.
 * Its bytes live in {@link DocumentContent}, loaded only for a download.
 */
@Entity
@Table(name = "document_file")
public class DocumentFile {

    @Id
    @SequenceGenerator(
            name = "document_file_seq",
            sequenceName = "document_file_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_file_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id")
    private DocumentBatch batch;

    @Column(name = "file_name", nullable = false, length = CandidateFile.MAX_NAME_LENGTH)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 50)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "scan_status", nullable = false, length = 20)
    private ScanStatus scanStatus;

    @Column(name = "position_in_batch", nullable = false)
    private int position;

    @OneToOne(
            mappedBy = "file",
            cascade = CascadeType.PERSIST,
            fetch = FetchType.LAZY,
            optional = false)
    private DocumentContent content;

    protected DocumentFile() {}

    DocumentFile(
            DocumentBatch batch,
            String fileName,
            AcceptedType type,
            byte[] bytes,
            ScanStatus scanStatus,
            int position) {
        this.batch = batch;
        this.fileName = fileName;
        this.mediaType = type.mediaType();
        this.sizeBytes = bytes.length;
        this.sha256 = Sha256.hexOf(bytes);
        this.scanStatus = scanStatus;
        this.position = position;
        this.content = new DocumentContent(this, bytes);
    }

    public Long getId() {
        return id;
    }

    public DocumentBatch getBatch() {
        return batch;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public ScanStatus getScanStatus() {
        return scanStatus;
    }

    public int getPosition() {
        return position;
    }
}
