package org.quotedesk.accounts;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.account.UserAccount;
import org.quotedesk.catalogue.account.UserDto;
import org.quotedesk.catalogue.history.AuditTrail;
import org.quotedesk.catalogue.history.RecordType;
import org.quotedesk.common.ConflictException;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.Writes;

/** Accounts, managed by admins: create, change the role, disable or enable, reset the password. */
@ApplicationScoped
public class UserService {

    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,99}";

    @Inject
    Writes writes;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<UserDto> list() {
        return UserAccount.<UserAccount>list("order by username").stream().map(UserDto::from).toList();
    }

    @Transactional
    public UserDto get(long id) {
        return UserDto.from(find(id));
    }

    public UserDto create(String username, String password, boolean admin) {
        return writes.commit(() -> {
            String name = username == null ? "" : username.strip().toLowerCase();
            FieldErrors errors = new FieldErrors();
            errors.check(name.matches(USERNAME), "username",
                    "must be 2 to 100 lower-case letters, digits, dots, dashes or underscores");
            errors.check(UserAccount.findByUsername(name) == null, "username", "is taken");
            checkPassword(password, name, "password", errors);
            errors.throwIfAny();
            UserAccount account = UserAccount.create(name, password, roles(admin));
            UserDto created = UserDto.from(account);
            audit.created(RecordType.USER, account.id, name, withPassword(created.auditFields(), "(set)"));
            return created;
        });
    }

    /** Role and enabled together, as the account page saves them; an admin cannot lock themselves out. */
    public UserDto update(long id, boolean admin, boolean enabled, Long version, String actingUser) {
        return writes.commit(() -> {
            UserAccount account = find(id);
            ConflictException.checkVersion("account", id, version, account.version);
            if (account.username.equals(actingUser) && (!admin || !enabled)) {
                throw new ConflictException("You cannot take away your own admin role or disable your own account:"
                        + " ask another admin.");
            }
            Map<String, String> before = UserDto.from(account).auditFields();
            account.roles = roles(admin);
            if (account.enabled && !enabled) {
                account.endSessions();
            }
            account.enabled = enabled;
            UserAccount.flush();
            UserDto updated = UserDto.from(account);
            audit.updated(RecordType.USER, id, account.username, before, updated.auditFields());
            return updated;
        });
    }

    /** An admin sets someone's password: the account's open sessions end. */
    public void resetPassword(long id, String password) {
        writes.commit(() -> {
            UserAccount account = find(id);
            FieldErrors errors = new FieldErrors();
            checkPassword(password, account.username, "password", errors);
            errors.throwIfAny();
            setPassword(account, password, "(reset)");
        });
    }

    /**
     * Someone changes their own password, giving the current one: every session of the account
     * ends, and the caller opens a new one for the browser that made the change.
     *
     * @return the account's new session epoch
     */
    public int changeOwnPassword(String username, String current, String password, String repeated) {
        return writes.commit(() -> {
            UserAccount account = UserAccount.findByUsername(username);
            if (account == null) {
                throw new ResourceNotFoundException("account", -1);
            }
            FieldErrors errors = new FieldErrors();
            errors.check(current != null && BcryptUtil.matches(current, account.password), "current",
                    "is not your current password");
            checkPassword(password, username, "password", errors);
            errors.check(password == null || password.equals(repeated), "repeated", "is not the same password");
            errors.throwIfAny();
            setPassword(account, password, "(changed by its owner)");
            return account.sessionEpoch;
        });
    }

    /**
     * A forgotten password replaced from the command line: the account is enabled again, and its
     * sessions end.
     */
    public void resetForgotten(String username, String password) {
        writes.commit(() -> {
            UserAccount account = UserAccount.findByUsername(username);
            if (account == null) {
                throw new ResourceNotFoundException("account", -1);
            }
            account.enabled = true;
            setPassword(account, password, "(reset from the command line)");
        });
    }

    /** Signing out: every session of the account ends, in every browser. */
    public void endSessions(String username) {
        writes.commit(() -> {
            UserAccount account = UserAccount.findByUsername(username);
            if (account != null) {
                account.endSessions();
            }
        });
    }

    private void setPassword(UserAccount account, String password, String marker) {
        account.password = BcryptUtil.bcryptHash(password);
        account.endSessions();
        Map<String, String> fields = UserDto.from(account).auditFields();
        audit.updated(RecordType.USER, account.id, account.username, withPassword(fields, "(old)"),
                withPassword(fields, marker));
    }

    private static void checkPassword(String password, String username, String field, FieldErrors errors) {
        PasswordPolicy.problem(password, username).ifPresent(problem -> errors.add(field, problem));
    }

    private static Map<String, String> withPassword(Map<String, String> fields, String marker) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put("password", marker);
        return copy;
    }

    private static String roles(boolean admin) {
        return admin ? Roles.ADMIN + "," + Roles.EDITOR : Roles.EDITOR;
    }

    private static UserAccount find(long id) {
        return UserAccount.<UserAccount>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("account", id));
    }
}
