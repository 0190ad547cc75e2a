import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'signalbox:public';

/**
 * Marks a handler (or a whole controller) as reachable without an API key. Authentication is decided
 * per handler, after routing, so no spelling of a URL can move a request from a protected handler to
 * "public": only this marker can.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
