package fr.messagerie.document.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The bytes of a received file, in the database: they commit or roll back with the receipt (no file
 * left on a disk without its row, nor a row without its file), are backed up with it, and need no
 * shared folder when several servers run the application.
 */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id")
    private DocumentFile file;

    // A plain byte[] (no @Lob) binds as BYTEA on PostgreSQL and VARBINARY on H2; @Lob would ask
    // PostgreSQL for a large object instead.
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected DocumentContent() {}

    DocumentContent(DocumentFile file, byte[] content) {
        this.file = file;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
