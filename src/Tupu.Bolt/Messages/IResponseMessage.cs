namespace Tupu.Bolt.Messages;

/// <summary>A message the server sends: SUCCESS, RECORD, IGNORED or FAILURE.</summary>
internal interface IResponseMessage;
