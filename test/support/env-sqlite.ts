process.env.PEGASO_TEST_DB = 'sqlite';
