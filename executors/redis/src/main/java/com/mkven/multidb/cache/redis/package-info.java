package com.mkven.multidb.cache.redis;
