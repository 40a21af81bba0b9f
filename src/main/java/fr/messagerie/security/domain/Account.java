package fr.messagerie.security.domain;

import fr.messagerie.referential.domain.Audience;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Someone who signs in: a citizen with the profile notifications use (email, mobile, language), or
 * a staff member. The login is the identity provider's subject for citizens signing in through
 * OpenID Connect, and a local login for demo accounts.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String login;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountKind kind;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Audience audience;

    @Column(length = 254)
    private String email;

    @Column(length = 20)
    private String mobile;

    @Column(name = "sms_opt_in", nullable = false)
    private boolean smsOptIn = true;

    @Column(nullable = false, length = 5)
    private String locale = "fr";

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 30)
    private Set<String> roles = new HashSet<>();

    protected Account() {}

    public static Account citizen(
            String login, String displayName, Audience audience, String email, String mobile) {
        Account account = new Account();
        account.login = login;
        account.kind = AccountKind.CITIZEN;
        account.displayName = displayName;
        account.audience = audience;
        account.email = email;
        account.mobile = mobile;
        account.roles.add(Role.CITIZEN);
        return account;
    }

    public static Account staff(String login, String displayName, String email, Set<String> roles) {
        Account account = new Account();
        account.login = login;
        account.kind = roles.contains(Role.ADMIN) ? AccountKind.ADMIN : AccountKind.AGENT;
        account.displayName = displayName;
        account.email = email;
        account.roles.addAll(roles);
        return account;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void preferLocale(Locale preferred) {
        this.locale = preferred.getLanguage();
    }

    public boolean isCitizen() {
        return kind == AccountKind.CITIZEN;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public AccountKind getKind() {
        return kind;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Audience getAudience() {
        return audience;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email).filter(value -> !value.isBlank());
    }

    public Optional<String> mobile() {
        return Optional.ofNullable(mobile).filter(value -> !value.isBlank());
    }

    public boolean isSmsOptIn() {
        return smsOptIn;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    /** Roles that follow other data (TEAM_LEAD follows team memberships) are granted here. */
    public void grantRole(String role) {
        roles.add(role);
    }

    public void revokeRole(String role) {
        roles.remove(role);
    }
}
