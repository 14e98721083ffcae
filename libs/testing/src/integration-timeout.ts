// Integration tests wait on real servers (consumer-group joins take a few seconds on a cold broker).
jest.setTimeout(60_000);
