import { definePlatform } from './define.ts';
import { invalidCredentials, notPermitted, refreshRefused, rateLimited, tokenRequestRefused } from './verdicts.ts';

// Sources:
// - https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/ (type "error", status, code, message, request_id; access_denied_insufficient_permissions, insufficient_scope, rate_limit_exceeded)
// - https://developer.box.com/guides/authentication/tokens/refresh/ (60-minute access tokens; single-use refresh tokens valid 60 days)
// - https://developer.box.com/guides/api-calls/permissions-and-errors/scopes/ (application scopes, app access level)
export const fix = 'Developer Console (app.box.com/developers/console) → your app → Configuration (application scopes, App Access Level) and Authorization (admin re-authorize after changes)';

export default definePlatform({
	slug: 'box',
	name: 'Box',
	// Every box.com host is Box's: its API hosts, and developer.box.com in an error's help_url.
	hosts: ['box.com'],
	headers: ['box-request-id'],
	// The Node SDK's and the CLI's error line: "Unexpected API Response [400 Bad Request] unauthorized_client - …"
	// (box-node-sdk lib/util/errors.js; box/boxcli#154).
	signature: /\bunexpected api response \[\d{3} [a-z][a-z -]{1,40}(?: \| [\w.]{1,40})?\] [a-z]+_[a-z_]+/,
	codes: {
		access_denied_insufficient_permissions: notPermitted,
		access_denied_item_locked: notPermitted,
		rate_limit_exceeded: rateLimited,
		// Box sends insufficient_scope with a Box-specific description; mapped via the message below.
	},
	messages: {
		'The access token provided is invalid': invalidCredentials,
		'Access denied - insufficient permission': notPermitted,
		// Token endpoint (iterate-ch/cyberduck#13003, box/box-python-sdk#730).
		'Refresh token has expired': refreshRefused,
		'Invalid refresh token': refreshRefused,
		// The JWT grant's assertion, dated ahead of Box's clock (box/box-node-sdk#96): the server's clock, not the user, must change.
		'Current date/time MUST be after or equal to the not-before date/time': tokenRequestRefused,
	},
});
