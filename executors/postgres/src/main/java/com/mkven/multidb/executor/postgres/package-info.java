package com.mkven.multidb.executor.postgres;
