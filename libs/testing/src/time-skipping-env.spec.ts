describe('createTimeSkippingWorkflowEnvironment without a provisioned test server', () => {
  const saved = process.env.TEMPORAL_TEST_SERVER_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.TEMPORAL_TEST_SERVER_PATH;
    else process.env.TEMPORAL_TEST_SERVER_PATH = saved;
  });

  it('fails at once with the path it looked for and the command that provisions it', async () => {
    process.env.TEMPORAL_TEST_SERVER_PATH = '/nonexistent/bin/temporal-test-server';
    // test-env reads the variable when it is first imported (each test file has its own module registry).
    const { createTimeSkippingWorkflowEnvironment } = await import('./time-skipping-env');
    await expect(createTimeSkippingWorkflowEnvironment()).rejects.toThrow(
      /\/nonexistent\/bin\/temporal-test-server is missing\. Run `bash infra\/local\/infra\.sh up temporal-test-server`/,
    );
  });
});
