package com.mkven.multidb.executor.trino;
