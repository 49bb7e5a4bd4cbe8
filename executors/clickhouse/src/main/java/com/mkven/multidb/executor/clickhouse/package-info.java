package com.mkven.multidb.executor.clickhouse;
