package org.quotedesk.catalogue.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An account as the admin pages show it; never its password hash. */
public record UserDto(Long id, String username, String roles, boolean enabled, Instant createdAt, long version) {

    public static UserDto from(UserAccount account) {
        return new UserDto(account.id, account.username, account.roles, account.enabled, account.createdAt,
                account.version);
    }

    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }

    /** How the audit trail records the account: no password, not even its hash. */
    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("roles", roles);
        fields.put("enabled", Boolean.toString(enabled));
        return fields;
    }
}
