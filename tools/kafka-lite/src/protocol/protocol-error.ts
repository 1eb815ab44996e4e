/** A request that does not follow the wire format: the connection that sent it is closed. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}
