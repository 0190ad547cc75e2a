import { ApiError } from '../common/api-error.js';
import type { RouteUsingChannel } from './channel-usage.query.js';

/** 409 for deleting a channel live routes send to; `details.routes` names them so the UI can list them. */
export class ChannelInUseError extends ApiError {
  constructor(channelName: string, routes: RouteUsingChannel[]) {
    const names = routes.map((r) => `"${r.name}"`).join(', ');
    super(
      409,
      `Channel "${channelName}" is used by ${routes.length} published route${routes.length === 1 ? '' : 's'} (${names}); ` +
        'remove it from them or disable them first, or delete with ?force=true (their sends will then fail)',
      undefined,
      { routes },
    );
  }
}
