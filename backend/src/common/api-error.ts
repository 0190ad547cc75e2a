import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';

/** One problem with the request, pointing at the field (`events[3].type`, `nodes[2].config.operator`). */
export interface ErrorIssue {
  path: string;
  message: string;
  /** The route node at fault, when the problem is in a route graph (the editor highlights it). */
  nodeId?: string;
}

/** The single error shape every endpoint answers with. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  issues?: ErrorIssue[];
  /** Machine-readable facts about the error (for a 409: what is in the way, e.g. `details.routes`). */
  details?: Record<string, unknown>;
}

export const reasonPhrase = (status: number): string => STATUS_CODES[status] ?? 'Error';

/** An HTTP error whose body is already in the public ErrorBody shape. */
export class ApiError extends HttpException {
  constructor(status: number, message: string, issues?: ErrorIssue[], details?: Record<string, unknown>) {
    const body: ErrorBody = { statusCode: status, error: reasonPhrase(status), message, ...(issues?.length ? { issues } : {}), ...(details ? { details } : {}) };
    super(body, status);
  }

  static badRequest(message: string, issues?: ErrorIssue[]) {
    return new ApiError(400, message, issues);
  }

  static notFound(what: string, id: string) {
    return new ApiError(404, `${what} "${id}" does not exist`);
  }
}
